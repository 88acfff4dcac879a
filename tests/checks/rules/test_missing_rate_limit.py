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


CHANGE = {
    "lib/db.ts": 'import { PrismaClient } from "@prisma/client";\nexport const db = new PrismaClient();\n',
    "app/account/actions.ts": """\
"use server";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";

export async function updateMemberPassword(memberId: string, input: { currentPassword: string; newPassword: string }) {
  const member = await db.member.findUnique({ where: { id: memberId } });
  if (!member) throw new Error("missing");
  const fits = await bcrypt.compare(input.currentPassword, member.passwordHash);
  if (!fits) return { ok: false };
  const passwordHash = await bcrypt.hash(input.newPassword, 12);
  await db.member.update({ where: { id: memberId }, data: { passwordHash } });
  return { ok: true };
}
""",
}


def test_the_current_password_checked_by_a_change_is_named_a_password_change() -> None:
    # (`updateMemberPassword` compares the current password first: the message calls it a change, not a sign-in)
    result = scan(MemoryTree(CHANGE), Config(rules={"missing-rate-limit": "error"}), jobs=1)
    messages = [f.message for f in result.findings if f.rule_id == "missing-rate-limit"]
    assert messages == ["Server action `updateMemberPassword` is a password change endpoint with no rate limit"]
