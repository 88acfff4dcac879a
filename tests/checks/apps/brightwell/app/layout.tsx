import type { ReactNode } from "react";

export const metadata = { title: "Brightwell", description: "Volunteering and fundraising for your school community" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
