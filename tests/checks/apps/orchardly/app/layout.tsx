import type { Metadata } from "next";
import { ClerkProvider } from "@clerk/nextjs";
import "./globals.css";

export const metadata: Metadata = { title: "Orchardly", description: "Community-supported agriculture, week by week." };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body className="bg-stone-50 text-stone-900 antialiased">{children}</body>
      </html>
    </ClerkProvider>
  );
}
