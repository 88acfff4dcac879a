import { getOccupancy } from "@/app/actions/reports";

export default async function CommitteeHome() {
  const occupancy = await getOccupancy();
  return (
    <table>
      <tbody>
        {occupancy.map((o) => (
          <tr key={o.site}>
            <td>{o.site}</td>
            <td>{o.let} let</td>
            <td>{o.vacant} vacant</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
