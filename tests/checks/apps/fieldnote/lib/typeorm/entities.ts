import "reflect-metadata";
import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn, Index } from "typeorm";

@Entity("schedule_slots")
export class ScheduleSlot {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column()
  workspaceId: string;

  @Column()
  technicianId: string;

  @Column({ nullable: true })
  jobId: string | null;

  @Column({ type: "timestamptz" })
  startsAt: Date;

  @Column({ type: "timestamptz" })
  endsAt: Date;

  @Column({ default: "tentative" })
  status: string;

  @Column({ type: "text", nullable: true })
  dispatcherNotes: string | null;

  @CreateDateColumn()
  createdAt: Date;
}

@Entity("time_entries")
export class TimeEntry {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column()
  workspaceId: string;

  @Column()
  technicianId: string;

  @Column()
  jobId: string;

  @Column({ type: "int" })
  minutes: number;

  @Column({ type: "int", default: 0 })
  hourlyRateCents: number;

  @Column({ default: false })
  approved: boolean;
}
