export async function createEnvelope(awardId: string, signerEmail: string, signerName: string) {
  const res = await fetch(`${process.env.DOCUSIGN_BASE}/envelopes`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.DOCUSIGN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ templateId: process.env.DOCUSIGN_TEMPLATE, status: "sent", customFields: { awardId }, templateRoles: [{ email: signerEmail, name: signerName, roleName: "Grantee" }] }),
  });
  const json = (await res.json()) as { envelopeId: string };
  return json.envelopeId;
}
