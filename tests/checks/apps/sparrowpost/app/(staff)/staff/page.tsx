import { requireStaff } from "@/lib/dal";
import { myClasses } from "@/app/actions/classes";
import { unreadCount } from "@/app/actions/messages";

export default async function StaffHome() {
  const { user, profile } = await requireStaff();
  const [classes, unread] = await Promise.all([myClasses(), unreadCount(user.id)]);
  return (
    <main>
      <h1>Hello {profile.full_name}</h1>
      <p>{unread} unread messages</p>
      <ul>
        {classes.map((c) => (
          <li key={c.id}>{c.name}</li>
        ))}
      </ul>
    </main>
  );
}
