//===----------------------------------------------------------------------===//
// TOMLParser: integers, floats, dates and times (TOML 1.0 "Integer", "Float", "Offset Date-Time",
// "Local Date-Time", "Local Date", "Local Time"; RFC 3339 for the date and time forms)
//===----------------------------------------------------------------------===//

extension TOMLParser {
    /// `n` decimal digits at `i + offset` as a number, or nil.
    func digits(_ offset: Int, _ n: Int) -> Int? {
        var v = 0
        for k in 0 ..< n {
            guard let d = peek(offset + k), Self.isDigit(d) else { return nil }
            v = v * 10 + Int(d - 0x30)
        }
        return v
    }

    /// `HH:MM:SS` at `i + offset`?
    func looksLikeTime(_ offset: Int) -> Bool {
        digits(offset, 2) != nil && peek(offset + 2) == 0x3A && digits(offset + 3, 2) != nil
    }

    mutating func numberOrDate() throws(TOMLError) -> TOMLValue {
        if digits(0, 4) != nil && peek(4) == 0x2D { return try dateOrDateTime() }
        if looksLikeTime(0) { return .time(try time()) }
        return try number()
    }

    mutating func dateOrDateTime() throws(TOMLError) -> TOMLValue {
        let start = i
        let year = digits(0, 4)!
        guard let month = digits(5, 2), peek(7) == 0x2D, let day = digits(8, 2) else {
            throw fail("a date is written YYYY-MM-DD (2026-03-14)")
        }
        guard (1 ... 12).contains(month) else { throw fail("month \(month) is not between 01 and 12", at: start + 5) }
        guard year >= 1 else { throw fail("year 0000 is not a usable date", at: start) }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1 ... days).contains(day) else { throw fail("day \(day) is not in \(TOMLValue.text(TOMLDate(year: year, month: month, day: 1)).prefix(7)) (01–\(days))", at: start + 8) }
        i += 10
        let date = TOMLDate(year: year, month: month, day: day)
        guard let sep = peek, sep == 0x54 || sep == 0x74 || (sep == 0x20 && looksLikeTime(1)) else { return .date(date) }
        if sep != 0x20 && !looksLikeTime(1) { throw fail("expected a time HH:MM:SS after the T of the date-time", at: i + 1) }
        i += 1
        let time = try time()
        var offset: Int?
        if peek == 0x5A || peek == 0x7A {
            i += 1
            offset = 0
        } else if let s = peek, s == 0x2B || s == 0x2D {
            guard let h = digits(1, 2), peek(3) == 0x3A, let m = digits(4, 2) else { throw fail("a time offset is written +HH:MM or -HH:MM") }
            guard h <= 23, m <= 59 else { throw fail("time offset out of range (hours 00–23, minutes 00–59)") }
            i += 6
            offset = (s == 0x2D ? -1 : 1) * (h * 60 + m)
        }
        return .dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: offset))
    }

    mutating func time() throws(TOMLError) -> TOMLTime {
        guard let h = digits(0, 2), peek(2) == 0x3A, let m = digits(3, 2), peek(5) == 0x3A, let s = digits(6, 2) else {
            throw fail("a time is written HH:MM:SS with seconds (TOML 1.0)")
        }
        guard h <= 23 else { throw fail("hour \(h) is not between 00 and 23") }
        guard m <= 59 else { throw fail("minute \(m) is not between 00 and 59", at: i + 3) }
        guard s <= 59 else { throw fail("second \(s) is not between 00 and 59", at: i + 6) }
        i += 8
        var nanos = 0
        if peek == 0x2E {
            guard Self.isDigit(peek(1)) else { throw fail("expected digits after the decimal point of the time") }
            i += 1
            var n = 0
            while let d = peek, Self.isDigit(d) {
                if n < 9 { nanos = nanos * 10 + Int(d - 0x30); n += 1 }
                i += 1
            }
            for _ in n ..< 9 { nanos *= 10 }
        }
        return TOMLTime(hour: h, minute: m, second: s, nanosecond: nanos)
    }

    /// Digits of `radix` with single underscores between them, appended to `out`; false when
    /// there is none or an underscore is misplaced.
    mutating func digitRun(radix: Int, into out: inout [UInt8]) -> Bool {
        func ok(_ c: UInt8?) -> Bool {
            guard let c, let v = Self.hexValue(c) else { return false }
            return Int(v) < radix && (radix == 16 || Self.isDigit(c))
        }
        guard ok(peek) else { return false }
        while true {
            if ok(peek) { out.append(peek!); i += 1; continue }
            if peek == 0x5F {
                guard ok(peek(1)) else { return false }
                i += 1
                continue
            }
            return true
        }
    }

    mutating func number() throws(TOMLError) -> TOMLValue {
        let start = i
        var sign: UInt8?
        if let c = peek, c == 0x2B || c == 0x2D { sign = c; i += 1 }
        if starts("inf") || starts("nan") {
            let inf = b[i] == 0x69
            i += 3
            return .float(inf ? (sign == 0x2D ? -.infinity : .infinity) : (sign == 0x2D ? -Double.nan : .nan))
        }
        if sign == nil, peek == 0x30, let p = peek(1), p == 0x78 || p == 0x6F || p == 0x62 {
            let radix = p == 0x78 ? 16 : p == 0x6F ? 8 : 2
            i += 2
            var ds = [UInt8]()
            guard digitRun(radix: radix, into: &ds) else {
                throw fail("malformed \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") integer "
                           + "(digits with single underscores between them)", at: start)
            }
            guard let v = Int(String(decoding: ds, as: UTF8.self), radix: radix) else {
                throw fail("integer does not fit in 64 bits (TOML integers are −2⁶³ … 2⁶³−1)", at: start)
            }
            return .integer(v)
        }
        guard Self.isDigit(peek) else { throw fail("expected a number after the sign", at: start) }
        var text = [UInt8]()
        if let s = sign { text.append(s) }
        if peek == 0x30 {
            text.append(0x30)
            i += 1
            if Self.isDigit(peek) || peek == 0x5F { throw fail("a decimal number cannot have leading zeros", at: start) }
        } else if !digitRun(radix: 10, into: &text) {
            throw fail("malformed number (digits with single underscores between them)", at: start)
        }
        var isFloat = false
        if peek == 0x2E {
            isFloat = true
            text.append(0x2E)
            i += 1
            guard digitRun(radix: 10, into: &text) else { throw fail("expected digits after the decimal point", at: start) }
        }
        if let e = peek, e == 0x65 || e == 0x45 {
            isFloat = true
            text.append(0x65)
            i += 1
            if let s = peek, s == 0x2B || s == 0x2D { text.append(s); i += 1 }
            guard digitRun(radix: 10, into: &text) else { throw fail("expected digits in the exponent", at: start) }
        }
        let literal = String(decoding: text, as: UTF8.self)
        if isFloat {
            guard let x = Double(literal) else { throw fail("malformed float", at: start) }
            return .float(x)
        }
        guard let v = Int(literal) else {
            throw fail("integer does not fit in 64 bits (TOML integers are −2⁶³ … 2⁶³−1)", at: start)
        }
        return .integer(v)
    }
}
