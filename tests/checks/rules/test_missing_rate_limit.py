"""missing-rate-limit names the kind of endpoint by what its call does."""

from __future__ import annotations

from checks import Config, MemoryTree, scan

FILES = {
    "lib/auth.ts": 'import { betterAuth } from "better-auth";\nexport const auth = betterAuth({});\n',
    "app/settings/password/actions.ts": """\
"use server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";

export async function storeFirstPassword({ password }: { password: string }) {
  await auth.api.setPassword({ body: { newPassword: password }, headers: await headers() });
}
""",
}


def test_a_password_set_with_nobody_checked_is_a_password_change_not_a_sign_in() -> None:
    result = scan(MemoryTree(FILES), Config(rules={"missing-rate-limit": "error"}), jobs=1)
    messages = [f.message for f in result.findings if f.rule_id == "missing-rate-limit"]
    assert messages == ["Server action `storeFirstPassword` is a password change endpoint with no rate limit"]
