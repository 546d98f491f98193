graph [
  node [
    id 0
    label "alisa"
    name "&#1040;&#1083;&#1080;&#1089;&#1072; &#1055;&#1077;&#1090;&#1088;&#1086;&#1074;&#1072;"
  ]
  node [
    id 1
    label "li"
    name "&#26446;&#23567;&#40857;"
  ]
  node [
    id 2
    label "smile"
    name "&#128512; Emoji Ltd"
  ]
  node [
    id 3
    label "hostile"
    name "x&#34;<b>&#38;amp;</b>' \ &#8238;;DROP"
  ]
  node [
    id 4
    label "bob"
    name "Bob &#38; Co"
  ]
  edge [
    source 0
    target 1
    weight 2.5
  ]
  edge [
    source 0
    target 3
    weight 3.0
  ]
  edge [
    source 0
    target 4
    weight 1.5
  ]
  edge [
    source 1
    target 2
    weight 1.0
  ]
  edge [
    source 2
    target 3
    weight 0.25
  ]
]
