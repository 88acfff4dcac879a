import "server-only";

// Minimal client for the Logto Management API (machine-to-machine app).
let cached: { token: string; exp: number } | null = null;

async function m2mToken(): Promise<string> {
  if (cached && cached.exp > Date.now() + 30_000) return cached.token;
  const res = await fetch(`${process.env.LOGTO_ENDPOINT}/oidc/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${btoa(`${process.env.LOGTO_M2M_ID}:${process.env.LOGTO_M2M_SECRET}`)}`,
    },
    body: new URLSearchParams({ grant_type: "client_credentials", resource: "https://default.logto.app/api", scope: "all" }),
  });
  const json = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: json.access_token, exp: Date.now() + json.expires_in * 1000 };
  return cached.token;
}

async function call(path: string, init: RequestInit) {
  const res = await fetch(`${process.env.LOGTO_ENDPOINT}/api${path}`, {
    ...init,
    headers: { authorization: `Bearer ${await m2mToken()}`, "content-type": "application/json" },
  });
  if (!res.ok) throw new Error(`Logto ${path} failed with ${res.status}`);
  return res.status === 204 ? null : res.json();
}

export const logtoManagement = {
  updateUser: (userId: string, body: Record<string, unknown>) => call(`/users/${encodeURIComponent(userId)}`, { method: "PATCH", body: JSON.stringify(body) }),
  revokeGrants: (userId: string) => call(`/users/${encodeURIComponent(userId)}/grants`, { method: "DELETE" }),
  deleteMfa: (userId: string) => call(`/users/${encodeURIComponent(userId)}/mfa-verifications`, { method: "DELETE" }),
};
