import { ClerkProvider } from "@clerk/nextjs";

export const metadata = { title: "Tollgate — customs brokerage" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en"><body>{children}</body></html>
    </ClerkProvider>
  );
}
