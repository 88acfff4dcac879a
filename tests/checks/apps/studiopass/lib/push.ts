import "server-only";

export async function sendPush(userId: string, title: string, body: string) {
  await fetch("https://push.studiopass.internal/v1/send", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PUSH_SERVICE_TOKEN}` },
    body: JSON.stringify({ userId, title, body }),
  });
}
