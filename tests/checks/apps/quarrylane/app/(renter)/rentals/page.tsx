import { listMyRentals } from "@/lib/dal/rentals";
import { cancelRental } from "./actions";

export default async function RentalsPage() {
  const rentals = await listMyRentals();
  return (
    <table>
      <tbody>
        {rentals.map((r) => (
          <tr key={r.id}>
            <td>{r.machineId}</td><td>{r.status}</td>
            <td><form action={cancelRental.bind(null, r.id)}><button>Cancel</button></form></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
