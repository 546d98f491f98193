// LiaisonRender: drawings with the Graphviz C library and the HTML report. See GraphvizContext.swift.
import CGraphviz
