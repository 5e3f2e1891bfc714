"""The SPARQL HTTP service: `serve()` in server.py, the app in app.py."""
