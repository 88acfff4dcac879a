"""The shared semantic model: computed once per file, queried by every rule."""
