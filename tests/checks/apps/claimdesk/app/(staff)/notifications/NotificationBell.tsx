"use client";

import { useEffect, useState } from "react";
import { markAllNotificationsRead, myNotifications } from "./actions";

export function NotificationBell() {
  const [items, setItems] = useState<{ id: string; body: string; read: boolean }[]>([]);
  useEffect(() => {
    myNotifications().then(setItems);
  }, []);
  const unread = items.filter((i) => !i.read).length;
  return (
    <details>
      <summary>Notifications {unread > 0 && <span>({unread})</span>}</summary>
      <ul>{items.map((i) => <li key={i.id}>{i.body}</li>)}</ul>
      <button onClick={async () => { await markAllNotificationsRead(); setItems((xs) => xs.map((x) => ({ ...x, read: true }))); }}>Mark all read</button>
    </details>
  );
}
