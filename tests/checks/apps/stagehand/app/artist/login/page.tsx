import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { sha256 } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mail";
import { artistLogin } from "@/app/actions/artist-auth";

export default function ArtistLoginPage() {
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function sendMagicLink(formData: FormData) {
    "use server";
    const { email } = z.object({ email: z.string().email().toLowerCase() }).parse({ email: formData.get("email") });
    const user = await db.selectFrom("artist_users").select(["id"]).where("email", "=", email).executeTakeFirst();
    if (!user) return;
    const token = randomBytes(32).toString("hex");
    await db.updateTable("artist_users").set({ reset_token_hash: sha256(token), reset_expires: new Date(Date.now() + 900_000) }).where("id", "=", user.id).execute();
    await sendMail(email, "Your Stagehand sign-in link", `<a href="${process.env.APP_URL}/artist/magic?token=${token}">Sign in</a>`);
  }

  return (
    <main>
      <form action={artistLogin as unknown as (fd: FormData) => void}>
        <input name="email" type="email" />
        <input name="password" type="password" />
        <button>Sign in</button>
      </form>
      <form action={sendMagicLink}>
        <input name="email" type="email" />
        <button>Email me a link</button>
      </form>
    </main>
  );
}
