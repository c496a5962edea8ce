package dev.cvtailor.platform.control;

import jakarta.ejb.ScheduleExpression;

/**
 * When a timer job fires, in the terms of a calendar timer (UTC). Its text is part of the timer's info, so a release
 * that changes a job's schedule replaces the job's timer.
 */
public record JobSchedule(String minute, String hour, String dayOfWeek) {

    public static JobSchedule everyMinutes(int minutes) {
        return new JobSchedule(minutes == 1 ? "*" : "*/" + minutes, "*", "*");
    }

    public static JobSchedule hourlyAt(int minute) {
        return new JobSchedule(Integer.toString(minute), "*", "*");
    }

    public static JobSchedule dailyAt(int hour, int minute) {
        return new JobSchedule(Integer.toString(minute), Integer.toString(hour), "*");
    }

    public static JobSchedule weeklyAt(String dayOfWeek, int hour, int minute) {
        return new JobSchedule(Integer.toString(minute), Integer.toString(hour), dayOfWeek);
    }

    public ScheduleExpression toExpression() {
        return new ScheduleExpression().second("0").minute(minute).hour(hour).dayOfWeek(dayOfWeek).timezone("UTC");
    }

    @Override
    public String toString() {
        return "minute=" + minute + " hour=" + hour + " dayOfWeek=" + dayOfWeek + " UTC";
    }
}
