import "server-only";

export async function exchangeOidcCode(code: string): Promise<{ email: string; sub: string }> {
  const res = await fetch(`${process.env.OIDC_ISSUER}/oauth2/v1/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      client_id: process.env.OIDC_CLIENT_ID!,
      client_secret: process.env.OIDC_CLIENT_SECRET!,
      redirect_uri: `${process.env.APP_URL}/api/sso/callback`,
    }),
  });
  if (!res.ok) throw new Error("token exchange failed");
  const { id_token } = (await res.json()) as { id_token: string };
  const payload = JSON.parse(Buffer.from(id_token.split(".")[1]!, "base64url").toString());
  return { email: String(payload.email).toLowerCase(), sub: String(payload.sub) };
}
