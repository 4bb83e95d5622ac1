// Scenarios driven through the real UI (dashboard, autosave). Each returns rows for the table.
export const uiScenarios = []
