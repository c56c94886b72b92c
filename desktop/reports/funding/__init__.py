"""The funding documents: the application, the signature list and the accountability."""
