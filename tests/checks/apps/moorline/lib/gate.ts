/** Client for the gate-controller vendor (PortAccess) REST API. */
const BASE = "https://api.portaccess.io/v2";

export async function pushPinToController(controllerId: string, pin: string, zone: string, validUntil: Date) {
  const res = await fetch(`${BASE}/controllers/${encodeURIComponent(controllerId)}/pins`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.PORTACCESS_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ pin, zone, valid_until: validUntil.toISOString() }),
  });
  if (!res.ok) throw new Error(`gate controller ${res.status}`);
}

export function generatePin() {
  const n = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;
  return n.toString().padStart(6, "0");
}
