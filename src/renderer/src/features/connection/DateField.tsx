// Moved to ui/DateField.tsx (several areas use it); kept here so existing imports keep working.
export { DATE_INVALID, DateField, validDateOrUndefined, type DateFieldProps } from '@renderer/ui/DateField'
