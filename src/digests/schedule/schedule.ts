// The schedule folder's public API in one import, for the runner and the /digest command.
export { ACCEPTED_SCHEDULES, parseSchedule, ScheduleError, type Schedule } from "./parse-schedule.js";
export { latestSlot, nextSlot, type Slot } from "./slots.js";
export { canonicalTimeZone, isTimeZone, suggestTimeZones } from "./time-zone.js";
export { fromWallTime, toWallTime, type WallInstant, type WallTime } from "./wall-time.js";
export { parseSubscribeArgs, type SubscribeArgs, type SubscribeDefaults } from "./subscribe-args.js";
export { DigestFileError, loadDigestFiles, parseDigestFile, type DigestDefinition } from "./digest-file.js";
