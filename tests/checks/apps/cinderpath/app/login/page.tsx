import { sendMagicLink } from "@/app/(auth)/login/actions";

export default function LoginPage() {
  return (
    <main>
      <h1>Sign in</h1>
      {/* ok: missing-auth */}
      <form action={async (fd) => { "use server"; await sendMagicLink(fd); }}>
        <input name="email" type="email" required />
        <button>Email me a link</button>
      </form>
    </main>
  );
}
