"""A fake GitHub of our own for integration and end-to-end tests (issue 3 §8).

Usage::

    with FakeGitHub(tmp_path, app_id=4242, app_public_key=app_key().public_pem) as fake:
        fake.repo.commit("main", {...}, "base")           # a real git repository
        fake.repo.commit("feature", {...}, "head")
        pr = fake.open_pull("feature")
        # point the App at fake.base_url (GITHUB_API_URL), then inspect:
        fake.reviews(pr.number), fake.review_comments(pr.number), fake.check_runs(pr.head_sha),
        fake.threads(pr.number), fake.requests("POST", r"/reviews$")

Modules: ``server`` (HTTP, auth, routing, faults, the facade), ``rest`` (endpoints), ``repo``
(git-backed state), ``reviews`` (which lines accept a comment, GitHub's 422 sentences),
``openapi`` (request validation against GitHub's OpenAPI description), ``graphql`` (review
threads), ``shapes`` (response JSON from the spec's examples), ``state`` (the store), ``keys``.
"""
