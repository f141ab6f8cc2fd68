"""Opens splot export files with networkx, as a researcher would, and prints what it got as JSON.

Usage: python read_exports.py FILE...   (.gexf, .graphml, .json node-link, .csv.zip)
Prints {file: {"graph": {...}, "nodes": {id: attrs}, "edges": [[u, v, attrs], ...]}}.
"""

import csv
import io
import json
import sys
import zipfile

import networkx as nx


def read_csv_zip(path):
    # networkx has no reader for node and edge tables; this is what people write instead.
    graph = nx.Graph()
    with zipfile.ZipFile(path) as archive:
        with archive.open("nodes.csv") as f:
            for row in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8", newline="")):
                graph.add_node(row.pop("id"), **row)
        with archive.open("edges.csv") as f:
            for row in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8", newline="")):
                graph.add_edge(row.pop("source"), row.pop("target"), **row)
    return graph


def read(path):
    if path.endswith(".gexf"):
        return nx.read_gexf(path)
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            return nx.node_link_graph(json.load(f))
    if path.endswith(".csv.zip"):
        return read_csv_zip(path)
    raise SystemExit(f"unknown format: {path}")


out = {}
for path in sys.argv[1:]:
    graph = read(path)
    out[path] = {
        "networkx": nx.__version__,
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": graph.graph,
        "nodes": {node: data for node, data in graph.nodes(data=True)},
        "edges": [[u, v, data] for u, v, data in graph.edges(data=True)],
    }
json.dump(out, sys.stdout, ensure_ascii=False, default=list)
