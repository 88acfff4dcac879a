import { requireUser } from "@/lib/session";
import { listApiTokens, createApiToken, revokeMyApiToken } from "@/app/actions/account";
import { PasswordForm } from "./password-form";

export default async function SecurityPage() {
  await requireUser();
  const tokens = await listApiTokens();
  return (
    <div className="space-y-8">
      <section>
        <h2 className="text-xl mb-2">Password</h2>
        <PasswordForm />
      </section>
      <section>
        <h2 className="text-xl mb-2">API tokens</h2>
        {/* ok: missing-auth */}
        <form action={async (fd: FormData) => { "use server"; await createApiToken(fd); }} className="flex gap-2">
          <input name="name" placeholder="Token name" className="input" />
          <button className="btn-secondary">Create</button>
        </form>
        <ul>
          {tokens.map((t) => (
            <li key={t.id} className="flex justify-between">
              <span>{t.name} ···{t.last_four}</span>
              <form action={revokeMyApiToken.bind(null, t.id)}><button className="text-red-600">Revoke</button></form>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
