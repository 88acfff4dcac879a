import "server-only";

export type OcppCommand =
  | "RemoteStartTransaction"
  | "RemoteStopTransaction"
  | "Reset"
  | "UnlockConnector"
  | "GetDiagnostics"
  | "UpdateFirmware"
  | "ChangeConfiguration";

// Thin client for the OCPP 1.6J gateway (separate service, keeps the websockets).
export async function sendOcppCommand(ocppId: string, command: OcppCommand, payload: Record<string, unknown> = {}) {
  const res = await fetch(`${process.env.OCPP_GATEWAY_URL}/charge-points/${ocppId}/commands/${command}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.OCPP_GATEWAY_TOKEN}` },
    body: JSON.stringify(payload),
    cache: "no-store",
  });
  if (!res.ok) throw new Error(`OCPP gateway returned ${res.status}`);
  return (await res.json()) as { status: "Accepted" | "Rejected" | "Unknown" };
}
