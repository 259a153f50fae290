"""The posting rules: one module a rule (a family module groups tiny ones), each with its cases beside it
(`MODULE.cases.yaml`); `features.lint` imports every module here, so adding a rule edits no other file."""
