"""A SHACL engine for submissions: the shapes compiled to SPARQL and run on pyoxigraph.

pySHACL (service.validation) stays the reference; this engine gives the same results on the
constraints the shapes use, in seconds on graphs pySHACL needs minutes and gigabytes for.
"""
