// The phone's own time zone, for a phone whose components run on the server (whose zone is not the phone's).
// A date-time without a zone is read as the phone's local time; one with "Z" as an instant.
export function offsetMinutes(dateTime) {
    return -new Date(dateTime).getTimezoneOffset();
}
