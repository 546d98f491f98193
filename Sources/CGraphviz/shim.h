// CGraphviz: the Graphviz C library (libgvc + libcgraph) for Swift. This module provides no stable
// Swift API of its own; LiaisonRender wraps it. The inline wrappers below exist because cgraph takes
// `char *` where it only reads (Swift strings do not convert to that), and because Swift 6 rejects
// the C globals Agdirected/Agundirected as not concurrency-safe.
#ifndef LIAISON_CGRAPHVIZ_SHIM_H
#define LIAISON_CGRAPHVIZ_SHIM_H

#if __has_include(<graphviz/gvc.h>)
#include <graphviz/gvc.h>
#else
#include <gvc.h>
#endif
#include <stdio.h>
#include <stdlib.h>

static inline Agraph_t *lgv_open_graph(const char *name, int directed) {
    return agopen((char *)name, directed ? Agdirected : Agundirected, NULL);
}
static inline Agraph_t *lgv_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}
static inline Agnode_t *lgv_find_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 0);
}
static inline Agnode_t *lgv_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}
static inline Agedge_t *lgv_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h) {
    return agedge(g, t, h, NULL, 1);
}
static inline Agsym_t *lgv_attr(Agraph_t *g, int kind, const char *name, const char *deflt) {
    return agattr(g, kind, (char *)name, deflt);
}
static inline int lgv_set(void *obj, const char *name, const char *value) {
    return agsafeset(obj, (char *)name, value, "");
}
static inline char *lgv_get(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

static inline char **lgv_plugin_list(GVC_t *gvc, const char *kind, int *count) {
    return gvPluginList(gvc, kind, count, NULL);
}
/* The DOT source of `g` as written by cgraph's agwrite (names and values quoted by Graphviz), in a
   malloc'd buffer the caller frees with lgv_free; NULL on failure. gvRenderData's "canon"/"dot"
   formats need a layout first; agwrite does not. */
static inline char *lgv_write_memory(Agraph_t *g, size_t *length) {
    char *buffer = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (!stream) return NULL;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0 || rc != 0) { free(buffer); return NULL; }
    *length = size;
    return buffer;
}
/* Frees what Graphviz handed out with malloc (gvPluginList's entries and array). */
static inline void lgv_free(void *p) { free(p); }

#endif
