"""The only code that talks to GitHub: authentication, the REST/GraphQL client, the PR source tree."""
