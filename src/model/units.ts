// Time in the model is in days. One year length everywhere (the mean Julian year), so a rate
// "per year" and a duration "in months" mean the same thing in every file.

export const DAYS_PER_YEAR = 365.25;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
export const DAYS_PER_WEEK = 7;
export const WEEKS_PER_MONTH = DAYS_PER_MONTH / DAYS_PER_WEEK;
