import Testing
@testable import LiaisonGraph

@Test func pathBufferPopsByCostThenInsertionOrder() {
    var b = PathBuffer()
    b.push(cost: 2, nodes: [0, 5, 9])
    b.push(cost: 1, nodes: [0, 9])
    b.push(cost: 2, nodes: [0, 4, 9])
    b.push(cost: 2, nodes: [0, 3, 9])
    // Equal costs (2) come out in push order, as NetworkX's (cost, next(counter), path) entries do.
    #expect(b.pop()?.nodes == [0, 9])
    #expect(b.pop()?.nodes == [0, 5, 9])
    #expect(b.pop()?.nodes == [0, 4, 9])
    #expect(b.pop()?.nodes == [0, 3, 9])
    #expect(b.pop() == nil)
}

@Test func pathBufferIgnoresAPathAlreadyWaitingButTakesItBackAfterPop() {
    var b = PathBuffer()
    b.push(cost: 3, nodes: [1, 2])
    b.push(cost: 1, nodes: [1, 2])   // ignored: the same path waits already (with cost 3)
    #expect(b.count == 1)
    #expect(b.pop()! == (3, [1, 2]))
    b.push(cost: 1, nodes: [1, 2])   // accepted again once popped
    #expect(b.count == 1)
    #expect(b.pop()! == (1, [1, 2]))
}
