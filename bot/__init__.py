"""Warden's GitHub App and command line."""
