import { getMyProfileSummary, deleteMyAccount } from "@/app/actions/profile";
import { ProfileForm } from "@/components/ProfileForm";

export default async function ProfilePage() {
  const me = await getMyProfileSummary();
  if (!me) return null;
  return (
    <section>
      <h1>Your details</h1>
      <ProfileForm
        defaults={{ firstName: me.firstName, lastName: me.lastName, email: me.email ?? "", address: me.address ?? "", smsOptIn: me.smsOptIn ?? true }}
      />
      <form action={deleteMyAccount}>
        <button type="submit">Close my portal account</button>
      </form>
    </section>
  );
}
