"""One module per CLI command group; ``bot.cli`` wires them together.

Each module imports its heavy dependencies lazily so ``warden scan`` never
loads FastAPI, SQLModel or PyGithub.
"""
