"""An App key pair for tests: the App signs JWTs with the private key, the fake checks them."""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class AppKey:
    private_pem: str
    public_pem: str

    def write(self, path: Path) -> Path:
        path.write_text(self.private_pem, encoding="utf-8")
        path.chmod(0o600)
        return path

    def jwt(self, app_id: int | str, *, lifetime: int = 300, iat_offset: int = -60) -> str:
        """A JWT the way GitHub documents it (iat = now - 60 s, exp ≤ now + 600 s)."""
        now = int(time.time())
        claims = {"iat": now + iat_offset, "exp": now + lifetime, "iss": str(app_id)}
        return jwt.encode(claims, self.private_pem, algorithm="RS256")


@lru_cache(maxsize=2)
def app_key(index: int = 0) -> AppKey:
    """A 2048-bit RSA key (generated once per process and index: key generation is slow)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return AppKey(private, public)
