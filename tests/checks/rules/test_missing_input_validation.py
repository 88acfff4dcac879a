"""missing-input-validation names the value the client really wrote, not one a helper read off the request."""

from __future__ import annotations

from checks import Config, MemoryTree, scan

HANDLER = """\
import type { NextApiRequest, NextApiResponse } from "next";
import { Resend } from "resend";
import { clientAddress } from "@/lib/net";
import { noteAttempt } from "@/lib/attempts";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { {field} } = req.body;
  const addr = clientAddress(req);
  if (!addr) return res.status(403).json({ message: "no address" });
  await noteAttempt({ who: {field}, addr });
  res.status(200).json({ ok: true });
}
"""
HELPERS = {
    "lib/net.ts": """\
import type { NextApiRequest } from "next";
export function clientAddress(req: NextApiRequest): string | undefined {
  const fwd = req.headers["x-forwarded-for"];
  return (Array.isArray(fwd) ? fwd[0] : fwd) ?? req.socket.remoteAddress;
}
""",
    "lib/attempts.ts": """\
import { MongoClient } from "mongodb";
const client = new MongoClient(process.env.MONGO_URL!);
export async function noteAttempt(entry: { who: unknown; addr: string }) {
  await client.db().collection("attempts").findOne({ $or: [{ who: entry.who }, { addr: entry.addr }] });
}
""",
}


def _message(field: str) -> str:
    files = {"pages/api/send.ts": HANDLER.replace("{field}", field), **HELPERS}
    result = scan(MemoryTree(files), Config(), targets=["pages/api/send.ts"], jobs=1)
    [finding] = [f for f in result.findings if f.rule_id == "missing-input-validation"]
    return finding.message


def test_the_body_field_is_named_before_a_value_read_off_the_request() -> None:
    # `addr` sorts first, but the client wrote `phoneNumbers` (and `zone`) in the body
    assert "`phoneNumbers`" in _message("phoneNumbers")
    assert "`zone`" in _message("zone")


RAW_QUERY = """\
"use server";
import { sql as kyselySql } from "kysely";
import { kdb } from "@/lib/kdb";

export async function exportCodes(orderBy: string) {
  const rows = await kyselySql.raw<{ codes: Array<string> }>(`select code from p order by ${orderBy}`).execute(kdb);
  return rows.rows.length;
}
"""


def test_the_sink_is_named_without_await_or_type_arguments() -> None:
    files = {"app/promo/actions.ts": RAW_QUERY, "lib/kdb.ts": "export const kdb = {} as never;\n"}
    result = scan(MemoryTree(files), Config(), targets=["app/promo/actions.ts"], jobs=1)
    [finding] = [f for f in result.findings if f.rule_id == "missing-input-validation"]
    assert "to `kyselySql.raw` without" in finding.message, finding.message


SIGN_OUT_REDIRECT = """\
import { NextRequest, NextResponse } from "next/server";

export async function POST(request: NextRequest) {
  const { searchParams } = new URL(request.url);
  const next = searchParams.get("next");
  const {quoted} = searchParams.get("{quoted}") || "Signed out";
  const response = next
    ? NextResponse.redirect(`${new URL(request.url).origin}${next}?note=${encodeURIComponent({quoted})}`)
    : NextResponse.json({ ok: true });
  return response;
}
"""


def test_the_value_pasted_raw_is_named_before_one_only_encoded() -> None:
    # both are unchecked, but `next` moves the target; the encoded value sorts first by name only
    for quoted in ("message", "banner"):
        files = {"app/api/leave/route.ts": SIGN_OUT_REDIRECT.replace("{quoted}", quoted)}
        result = scan(MemoryTree(files), Config(), targets=["app/api/leave/route.ts"], jobs=1)
        [finding] = [f for f in result.findings if f.rule_id == "missing-input-validation"]
        assert "`next`" in finding.message, finding.message
