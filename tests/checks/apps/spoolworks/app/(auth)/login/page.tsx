import { LoginForm } from "@/components/LoginForm";
import { sendMagicLink } from "./actions";

export default function LoginPage() {
  return (
    <main className="mx-auto max-w-sm p-8">
      <h1>Sign in to Spoolworks</h1>
      <LoginForm />
      <form action={sendMagicLink as unknown as (fd: FormData) => Promise<void>}>
        <input name="email" type="email" />
        <button>Email me a link</button>
      </form>
    </main>
  );
}
