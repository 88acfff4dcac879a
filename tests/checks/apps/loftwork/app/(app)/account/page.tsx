import { requireUser } from "@/lib/session";
import { updateDisplayName, deleteAccount } from "@/app/actions/account";

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="space-y-8">
      <form action={updateDisplayName} className="space-y-2">
        <input name="name" defaultValue={user.name} className="input" />
        <button className="btn-primary">Save</button>
      </form>
      <form action={deleteAccount}>
        <button className="btn-ghost text-red-600">Delete my account</button>
      </form>
    </div>
  );
}
