"""Talking to the language model: providers, one retry layer, errors in Japanese, token/cost
estimates, network (proxy/TLS) and chunking for long documents. Qt-free."""
