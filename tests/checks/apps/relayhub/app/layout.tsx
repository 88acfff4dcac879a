import type { ReactNode } from "react";

export const metadata = { title: "Relayhub", description: "Fundraising and volunteering for charities" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
