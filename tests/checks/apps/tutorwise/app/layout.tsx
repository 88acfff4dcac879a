import { ClerkProvider } from "@clerk/nextjs";
import type { ReactNode } from "react";

export const metadata = { title: "TutorWise", description: "Find a tutor, book lessons, keep parents in the loop." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  );
}
