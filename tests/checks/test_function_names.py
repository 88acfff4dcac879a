"""A finding names the function a maintainer knows: for an action a project wrapper makes from an
options object, the export, not the property key the wrapper calls (`callback`)."""

from __future__ import annotations

from checks import Config, MemoryTree, scan

WRAPPER = """\
import { z } from "zod";

type Options<T> = { inputValidation: z.ZodType<T>; callback: (input: T) => Promise<unknown> };

export function validatedCallback<T>(opts: Options<T>) {
  return async (raw: unknown) => {
    const input = opts.inputValidation.parse(raw);
    return opts.callback(input);
  };
}
"""

ACTIONS = """\
"use server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { validatedCallback } from "@/lib/validated-callback";

export const removeNote = validatedCallback({
  inputValidation: z.object({ id: z.string() }),
  callback: async ({ id }) => {
    await prisma.note.delete({ where: { id } });
  },
});

export async function archiveNote(id: string) {
  await prisma.note.update({ where: { id }, data: { archived: true } });
}
"""


def test_wrapped_actions_are_named_by_their_export() -> None:
    tree = MemoryTree(
        {
            "lib/validated-callback.ts": WRAPPER,
            "lib/db.ts": 'import { PrismaClient } from "@prisma/client";\nexport const prisma = new PrismaClient();\n',
            "app/notes/actions.ts": ACTIONS,
        }
    )
    result = scan(tree, Config(), jobs=1)
    names = {f.function_name for f in result.findings if f.rule_id == "missing-auth"}
    assert names == {"removeNote", "archiveNote"}
