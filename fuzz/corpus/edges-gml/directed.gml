Creator "hand"
graph
[
  directed 1
  node [ id 1 label "a" ]
  node [ id 2 label "Борис" graphics [ x 1.0 y 2.0 ] ]
  node [ id 3 ]
  edge [ source 1 target 2 weight 2.5 ]
  edge [ source 2 target 3 value 1 ]
  edge [ source 3 target 1 ]
]
