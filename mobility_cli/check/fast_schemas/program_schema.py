"""Made by `python tools/compile_schemas.py` from schemas/program.schema.json: do not edit."""
# ruff: noqa
# mypy: ignore-errors
VERSION = "2.22.3"
Decimal = float  # mobility: YAML never gives a Decimal
import re


class JsonSchemaValueException(ValueError):
    """The data is not valid: this module's own, so that using it never imports fastjsonschema."""

    def __init__(self, message, *args, **kwargs):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException


REGEX_PATTERNS = {
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z'),
    '^https?://[^\\s/?#]+(/[^\\s?#]*)?$': re.compile('^https?://[^\\s/?#]+(/[^\\s?#]*)?\\Z')
}

NoneType = type(None)

def validate_https___mobility_dev_schemas_program_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
                if data__name_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 200 characters")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
            if isinstance(data__description, str):
                data__description_len = len(data__description)
                if data__description_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be shorter than or equal to 2000 characters")
        if "policy" in data_keys:
            data_keys.remove("policy")
            data__policy = data["policy"]
            if not isinstance(data__policy, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy must be object")
            data__policy_is_dict = isinstance(data__policy, dict)
            if data__policy_is_dict:
                data__policy_keys = set(data__policy.keys())
                if "default_months_in_level" in data__policy_keys:
                    data__policy_keys.remove("default_months_in_level")
                    data__policy__defaultmonthsinlevel = data__policy["default_months_in_level"]
                    if not isinstance(data__policy__defaultmonthsinlevel, (int)) and not (isinstance(data__policy__defaultmonthsinlevel, float) and data__policy__defaultmonthsinlevel.is_integer()) or isinstance(data__policy__defaultmonthsinlevel, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.default_months_in_level must be integer")
                    if isinstance(data__policy__defaultmonthsinlevel, (int, float, Decimal)) and not isinstance(data__policy__defaultmonthsinlevel, bool):
                        if data__policy__defaultmonthsinlevel < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.default_months_in_level must be bigger than or equal to 1")
                else: data__policy["default_months_in_level"] = 18
                if "lateral_months" in data__policy_keys:
                    data__policy_keys.remove("lateral_months")
                    data__policy__lateralmonths = data__policy["lateral_months"]
                    if not isinstance(data__policy__lateralmonths, (int)) and not (isinstance(data__policy__lateralmonths, float) and data__policy__lateralmonths.is_integer()) or isinstance(data__policy__lateralmonths, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.lateral_months must be integer")
                    if isinstance(data__policy__lateralmonths, (int, float, Decimal)) and not isinstance(data__policy__lateralmonths, bool):
                        if data__policy__lateralmonths < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.lateral_months must be bigger than or equal to 0")
                else: data__policy["lateral_months"] = 6
                if "internal_window_days" in data__policy_keys:
                    data__policy_keys.remove("internal_window_days")
                    data__policy__internalwindowdays = data__policy["internal_window_days"]
                    if not isinstance(data__policy__internalwindowdays, (int)) and not (isinstance(data__policy__internalwindowdays, float) and data__policy__internalwindowdays.is_integer()) or isinstance(data__policy__internalwindowdays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.internal_window_days must be integer")
                    if isinstance(data__policy__internalwindowdays, (int, float, Decimal)) and not isinstance(data__policy__internalwindowdays, bool):
                        if data__policy__internalwindowdays < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.internal_window_days must be bigger than or equal to 0")
                else: data__policy["internal_window_days"] = 10
                if "min_open_days" in data__policy_keys:
                    data__policy_keys.remove("min_open_days")
                    data__policy__minopendays = data__policy["min_open_days"]
                    if not isinstance(data__policy__minopendays, (int)) and not (isinstance(data__policy__minopendays, float) and data__policy__minopendays.is_integer()) or isinstance(data__policy__minopendays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.min_open_days must be integer")
                    if isinstance(data__policy__minopendays, (int, float, Decimal)) and not isinstance(data__policy__minopendays, bool):
                        if data__policy__minopendays < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.min_open_days must be bigger than or equal to 0")
                else: data__policy["min_open_days"] = 10
                if "max_open_days" in data__policy_keys:
                    data__policy_keys.remove("max_open_days")
                    data__policy__maxopendays = data__policy["max_open_days"]
                    if not isinstance(data__policy__maxopendays, (int)) and not (isinstance(data__policy__maxopendays, float) and data__policy__maxopendays.is_integer()) or isinstance(data__policy__maxopendays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.max_open_days must be integer")
                    if isinstance(data__policy__maxopendays, (int, float, Decimal)) and not isinstance(data__policy__maxopendays, bool):
                        if data__policy__maxopendays < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy.max_open_days must be bigger than or equal to 1")
                else: data__policy["max_open_days"] = 90
                if data__policy_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".policy must not contain "+str(data__policy_keys)+" properties")
        if "lint" in data_keys:
            data_keys.remove("lint")
            data__lint = data["lint"]
            if not isinstance(data__lint, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint must be object")
            data__lint_is_dict = isinstance(data__lint, dict)
            if data__lint_is_dict:
                data__lint_keys = set(data__lint.keys())
                if "select" in data__lint_keys:
                    data__lint_keys.remove("select")
                    data__lint__select = data__lint["select"]
                    if not isinstance(data__lint__select, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.select must be array")
                    data__lint__select_is_list = isinstance(data__lint__select, (list, tuple))
                    if data__lint__select_is_list:
                        data__lint__select_len = len(data__lint__select)
                        for data__lint__select_x, data__lint__select_item in enumerate(data__lint__select):
                            if not isinstance(data__lint__select_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.select[{data__lint__select_x}]".format(**locals()) + " must be string")
                            if isinstance(data__lint__select_item, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__lint__select_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.select[{data__lint__select_x}]".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
                if "ignore" in data__lint_keys:
                    data__lint_keys.remove("ignore")
                    data__lint__ignore = data__lint["ignore"]
                    if not isinstance(data__lint__ignore, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.ignore must be array")
                    data__lint__ignore_is_list = isinstance(data__lint__ignore, (list, tuple))
                    if data__lint__ignore_is_list:
                        data__lint__ignore_len = len(data__lint__ignore)
                        for data__lint__ignore_x, data__lint__ignore_item in enumerate(data__lint__ignore):
                            if not isinstance(data__lint__ignore_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.ignore[{data__lint__ignore_x}]".format(**locals()) + " must be string")
                            if isinstance(data__lint__ignore_item, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__lint__ignore_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.ignore[{data__lint__ignore_x}]".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
                if "severity" in data__lint_keys:
                    data__lint_keys.remove("severity")
                    data__lint__severity = data__lint["severity"]
                    if not isinstance(data__lint__severity, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.severity must be object")
                    data__lint__severity_is_dict = isinstance(data__lint__severity, dict)
                    if data__lint__severity_is_dict:
                        data__lint__severity_keys = set(data__lint__severity.keys())
                        for data__lint__severity_key in data__lint__severity_keys:
                            if data__lint__severity_key not in []:
                                data__lint__severity_value = data__lint__severity.get(data__lint__severity_key)
                                if not (isinstance(data__lint__severity_value, str) and data__lint__severity_value == 'error' or isinstance(data__lint__severity_value, str) and data__lint__severity_value == 'warning' or isinstance(data__lint__severity_value, str) and data__lint__severity_value == 'info'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.severity.{data__lint__severity_key}".format(**locals()) + " must be one of ['error', 'warning', 'info']")
                        data__lint__severity_len = len(data__lint__severity)
                        if data__lint__severity_len != 0:
                            data__lint__severity_property_names = True
                            for data__lint__severity_key in data__lint__severity:
                                try:
                                    if not isinstance(data__lint__severity_key, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.severity must be string")
                                    if isinstance(data__lint__severity_key, str):
                                        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__lint__severity_key):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.severity must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__lint__severity_property_names = False
                            if not data__lint__severity_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.severity must be named by propertyName definition")
                if "match_threshold" in data__lint_keys:
                    data__lint_keys.remove("match_threshold")
                    data__lint__matchthreshold = data__lint["match_threshold"]
                    if not isinstance(data__lint__matchthreshold, (int, float, Decimal)) or isinstance(data__lint__matchthreshold, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.match_threshold must be number")
                    if isinstance(data__lint__matchthreshold, (int, float, Decimal)) and not isinstance(data__lint__matchthreshold, bool):
                        if data__lint__matchthreshold < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.match_threshold must be bigger than or equal to 0")
                        if data__lint__matchthreshold > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.match_threshold must be smaller than or equal to 100")
                if "internal_tools" in data__lint_keys:
                    data__lint_keys.remove("internal_tools")
                    data__lint__internaltools = data__lint["internal_tools"]
                    if not isinstance(data__lint__internaltools, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.internal_tools must be array")
                    data__lint__internaltools_is_list = isinstance(data__lint__internaltools, (list, tuple))
                    if data__lint__internaltools_is_list:
                        data__lint__internaltools_len = len(data__lint__internaltools)
                        for data__lint__internaltools_x, data__lint__internaltools_item in enumerate(data__lint__internaltools):
                            if not isinstance(data__lint__internaltools_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.internal_tools[{data__lint__internaltools_x}]".format(**locals()) + " must be string")
                            if isinstance(data__lint__internaltools_item, str):
                                data__lint__internaltools_item_len = len(data__lint__internaltools_item)
                                if data__lint__internaltools_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.internal_tools[{data__lint__internaltools_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                if data__lint__internaltools_item_len > 200:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.internal_tools[{data__lint__internaltools_x}]".format(**locals()) + " must be shorter than or equal to 200 characters")
                if "phrases" in data__lint_keys:
                    data__lint_keys.remove("phrases")
                    data__lint__phrases = data__lint["phrases"]
                    if not isinstance(data__lint__phrases, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases must be array")
                    data__lint__phrases_is_list = isinstance(data__lint__phrases, (list, tuple))
                    if data__lint__phrases_is_list:
                        data__lint__phrases_len = len(data__lint__phrases)
                        for data__lint__phrases_x, data__lint__phrases_item in enumerate(data__lint__phrases):
                            if not isinstance(data__lint__phrases_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}]".format(**locals()) + " must be object")
                            data__lint__phrases_item_is_dict = isinstance(data__lint__phrases_item, dict)
                            if data__lint__phrases_item_is_dict:
                                data__lint__phrases_item__missing_keys = set(['id', 'patterns']) - data__lint__phrases_item.keys()
                                if data__lint__phrases_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}]".format(**locals()) + " must contain ")
                                data__lint__phrases_item_keys = set(data__lint__phrases_item.keys())
                                if "id" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("id")
                                    data__lint__phrases_item__id = data__lint__phrases_item["id"]
                                    if not isinstance(data__lint__phrases_item__id, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].id".format(**locals()) + " must be string")
                                    if isinstance(data__lint__phrases_item__id, str):
                                        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__lint__phrases_item__id):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
                                if "patterns" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("patterns")
                                    data__lint__phrases_item__patterns = data__lint__phrases_item["patterns"]
                                    if not isinstance(data__lint__phrases_item__patterns, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].patterns".format(**locals()) + " must be array")
                                    data__lint__phrases_item__patterns_is_list = isinstance(data__lint__phrases_item__patterns, (list, tuple))
                                    if data__lint__phrases_item__patterns_is_list:
                                        data__lint__phrases_item__patterns_len = len(data__lint__phrases_item__patterns)
                                        if data__lint__phrases_item__patterns_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].patterns".format(**locals()) + " must contain at least 1 items")
                                        for data__lint__phrases_item__patterns_x, data__lint__phrases_item__patterns_item in enumerate(data__lint__phrases_item__patterns):
                                            if not isinstance(data__lint__phrases_item__patterns_item, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].patterns[{data__lint__phrases_item__patterns_x}]".format(**locals()) + " must be string")
                                            if isinstance(data__lint__phrases_item__patterns_item, str):
                                                data__lint__phrases_item__patterns_item_len = len(data__lint__phrases_item__patterns_item)
                                                if data__lint__phrases_item__patterns_item_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].patterns[{data__lint__phrases_item__patterns_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                                if data__lint__phrases_item__patterns_item_len > 500:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].patterns[{data__lint__phrases_item__patterns_x}]".format(**locals()) + " must be shorter than or equal to 500 characters")
                                if "exceptions" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("exceptions")
                                    data__lint__phrases_item__exceptions = data__lint__phrases_item["exceptions"]
                                    if not isinstance(data__lint__phrases_item__exceptions, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].exceptions".format(**locals()) + " must be array")
                                    data__lint__phrases_item__exceptions_is_list = isinstance(data__lint__phrases_item__exceptions, (list, tuple))
                                    if data__lint__phrases_item__exceptions_is_list:
                                        data__lint__phrases_item__exceptions_len = len(data__lint__phrases_item__exceptions)
                                        for data__lint__phrases_item__exceptions_x, data__lint__phrases_item__exceptions_item in enumerate(data__lint__phrases_item__exceptions):
                                            if not isinstance(data__lint__phrases_item__exceptions_item, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].exceptions[{data__lint__phrases_item__exceptions_x}]".format(**locals()) + " must be string")
                                            if isinstance(data__lint__phrases_item__exceptions_item, str):
                                                data__lint__phrases_item__exceptions_item_len = len(data__lint__phrases_item__exceptions_item)
                                                if data__lint__phrases_item__exceptions_item_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].exceptions[{data__lint__phrases_item__exceptions_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                                                if data__lint__phrases_item__exceptions_item_len > 500:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].exceptions[{data__lint__phrases_item__exceptions_x}]".format(**locals()) + " must be shorter than or equal to 500 characters")
                                if "message" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("message")
                                    data__lint__phrases_item__message = data__lint__phrases_item["message"]
                                    if not isinstance(data__lint__phrases_item__message, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].message".format(**locals()) + " must be string")
                                    if isinstance(data__lint__phrases_item__message, str):
                                        data__lint__phrases_item__message_len = len(data__lint__phrases_item__message)
                                        if data__lint__phrases_item__message_len > 500:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].message".format(**locals()) + " must be shorter than or equal to 500 characters")
                                if "severity" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("severity")
                                    data__lint__phrases_item__severity = data__lint__phrases_item["severity"]
                                    if not (isinstance(data__lint__phrases_item__severity, str) and data__lint__phrases_item__severity == 'error' or isinstance(data__lint__phrases_item__severity, str) and data__lint__phrases_item__severity == 'warning' or isinstance(data__lint__phrases_item__severity, str) and data__lint__phrases_item__severity == 'info'):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].severity".format(**locals()) + " must be one of ['error', 'warning', 'info']")
                                if "rationale" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("rationale")
                                    data__lint__phrases_item__rationale = data__lint__phrases_item["rationale"]
                                    if not isinstance(data__lint__phrases_item__rationale, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].rationale".format(**locals()) + " must be string")
                                    if isinstance(data__lint__phrases_item__rationale, str):
                                        data__lint__phrases_item__rationale_len = len(data__lint__phrases_item__rationale)
                                        if data__lint__phrases_item__rationale_len > 2000:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].rationale".format(**locals()) + " must be shorter than or equal to 2000 characters")
                                if "fix" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("fix")
                                    data__lint__phrases_item__fix = data__lint__phrases_item["fix"]
                                    if not isinstance(data__lint__phrases_item__fix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].fix".format(**locals()) + " must be string")
                                    if isinstance(data__lint__phrases_item__fix, str):
                                        data__lint__phrases_item__fix_len = len(data__lint__phrases_item__fix)
                                        if data__lint__phrases_item__fix_len > 2000:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].fix".format(**locals()) + " must be shorter than or equal to 2000 characters")
                                if "fires" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("fires")
                                    data__lint__phrases_item__fires = data__lint__phrases_item["fires"]
                                    if not isinstance(data__lint__phrases_item__fires, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].fires".format(**locals()) + " must be string")
                                    if isinstance(data__lint__phrases_item__fires, str):
                                        data__lint__phrases_item__fires_len = len(data__lint__phrases_item__fires)
                                        if data__lint__phrases_item__fires_len > 2000:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].fires".format(**locals()) + " must be shorter than or equal to 2000 characters")
                                if "passes" in data__lint__phrases_item_keys:
                                    data__lint__phrases_item_keys.remove("passes")
                                    data__lint__phrases_item__passes = data__lint__phrases_item["passes"]
                                    if not isinstance(data__lint__phrases_item__passes, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].passes".format(**locals()) + " must be string")
                                    if isinstance(data__lint__phrases_item__passes, str):
                                        data__lint__phrases_item__passes_len = len(data__lint__phrases_item__passes)
                                        if data__lint__phrases_item__passes_len > 2000:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}].passes".format(**locals()) + " must be shorter than or equal to 2000 characters")
                                if data__lint__phrases_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint.phrases[{data__lint__phrases_x}]".format(**locals()) + " must not contain "+str(data__lint__phrases_item_keys)+" properties")
                if data__lint_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lint must not contain "+str(data__lint_keys)+" properties")
        if "mentoring" in data_keys:
            data_keys.remove("mentoring")
            data__mentoring = data["mentoring"]
            if not isinstance(data__mentoring, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring must be object")
            data__mentoring_is_dict = isinstance(data__mentoring, dict)
            if data__mentoring_is_dict:
                data__mentoring_keys = set(data__mentoring.keys())
                if "weights" in data__mentoring_keys:
                    data__mentoring_keys.remove("weights")
                    data__mentoring__weights = data__mentoring["weights"]
                    if not isinstance(data__mentoring__weights, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights must be object")
                    data__mentoring__weights_is_dict = isinstance(data__mentoring__weights, dict)
                    if data__mentoring__weights_is_dict:
                        data__mentoring__weights_keys = set(data__mentoring__weights.keys())
                        if "experience" in data__mentoring__weights_keys:
                            data__mentoring__weights_keys.remove("experience")
                            data__mentoring__weights__experience = data__mentoring__weights["experience"]
                            if not isinstance(data__mentoring__weights__experience, (int, float, Decimal)) or isinstance(data__mentoring__weights__experience, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.experience must be number")
                            if isinstance(data__mentoring__weights__experience, (int, float, Decimal)) and not isinstance(data__mentoring__weights__experience, bool):
                                if data__mentoring__weights__experience < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.experience must be bigger than or equal to 0")
                                if data__mentoring__weights__experience > 100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.experience must be smaller than or equal to 100")
                        if "overlap" in data__mentoring__weights_keys:
                            data__mentoring__weights_keys.remove("overlap")
                            data__mentoring__weights__overlap = data__mentoring__weights["overlap"]
                            if not isinstance(data__mentoring__weights__overlap, (int, float, Decimal)) or isinstance(data__mentoring__weights__overlap, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.overlap must be number")
                            if isinstance(data__mentoring__weights__overlap, (int, float, Decimal)) and not isinstance(data__mentoring__weights__overlap, bool):
                                if data__mentoring__weights__overlap < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.overlap must be bigger than or equal to 0")
                                if data__mentoring__weights__overlap > 100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.overlap must be smaller than or equal to 100")
                        if "success" in data__mentoring__weights_keys:
                            data__mentoring__weights_keys.remove("success")
                            data__mentoring__weights__success = data__mentoring__weights["success"]
                            if not isinstance(data__mentoring__weights__success, (int, float, Decimal)) or isinstance(data__mentoring__weights__success, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.success must be number")
                            if isinstance(data__mentoring__weights__success, (int, float, Decimal)) and not isinstance(data__mentoring__weights__success, bool):
                                if data__mentoring__weights__success < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.success must be bigger than or equal to 0")
                                if data__mentoring__weights__success > 100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.success must be smaller than or equal to 100")
                        if "capacity" in data__mentoring__weights_keys:
                            data__mentoring__weights_keys.remove("capacity")
                            data__mentoring__weights__capacity = data__mentoring__weights["capacity"]
                            if not isinstance(data__mentoring__weights__capacity, (int, float, Decimal)) or isinstance(data__mentoring__weights__capacity, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.capacity must be number")
                            if isinstance(data__mentoring__weights__capacity, (int, float, Decimal)) and not isinstance(data__mentoring__weights__capacity, bool):
                                if data__mentoring__weights__capacity < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.capacity must be bigger than or equal to 0")
                                if data__mentoring__weights__capacity > 100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights.capacity must be smaller than or equal to 100")
                        if data__mentoring__weights_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring.weights must not contain "+str(data__mentoring__weights_keys)+" properties")
                if data__mentoring_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentoring must not contain "+str(data__mentoring_keys)+" properties")
        if "report" in data_keys:
            data_keys.remove("report")
            data__report = data["report"]
            if not isinstance(data__report, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".report must be object")
            data__report_is_dict = isinstance(data__report, dict)
            if data__report_is_dict:
                data__report_keys = set(data__report.keys())
                if "min_cases" in data__report_keys:
                    data__report_keys.remove("min_cases")
                    data__report__mincases = data__report["min_cases"]
                    if not isinstance(data__report__mincases, (int)) and not (isinstance(data__report__mincases, float) and data__report__mincases.is_integer()) or isinstance(data__report__mincases, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.min_cases must be integer")
                    if isinstance(data__report__mincases, (int, float, Decimal)) and not isinstance(data__report__mincases, bool):
                        if data__report__mincases < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.min_cases must be bigger than or equal to 1")
                if "revolving_door_months" in data__report_keys:
                    data__report_keys.remove("revolving_door_months")
                    data__report__revolvingdoormonths = data__report["revolving_door_months"]
                    if not isinstance(data__report__revolvingdoormonths, (int, float, Decimal)) or isinstance(data__report__revolvingdoormonths, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.revolving_door_months must be number")
                    if isinstance(data__report__revolvingdoormonths, (int, float, Decimal)) and not isinstance(data__report__revolvingdoormonths, bool):
                        if data__report__revolvingdoormonths < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.revolving_door_months must be bigger than or equal to 0")
                if "revolving_door_rate" in data__report_keys:
                    data__report_keys.remove("revolving_door_rate")
                    data__report__revolvingdoorrate = data__report["revolving_door_rate"]
                    if not isinstance(data__report__revolvingdoorrate, (int, float, Decimal)) or isinstance(data__report__revolvingdoorrate, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.revolving_door_rate must be number")
                    if isinstance(data__report__revolvingdoorrate, (int, float, Decimal)) and not isinstance(data__report__revolvingdoorrate, bool):
                        if data__report__revolvingdoorrate < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.revolving_door_rate must be bigger than or equal to 0")
                if "hidden_requirements_gap" in data__report_keys:
                    data__report_keys.remove("hidden_requirements_gap")
                    data__report__hiddenrequirementsgap = data__report["hidden_requirements_gap"]
                    if not isinstance(data__report__hiddenrequirementsgap, (int, float, Decimal)) or isinstance(data__report__hiddenrequirementsgap, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.hidden_requirements_gap must be number")
                    if isinstance(data__report__hiddenrequirementsgap, (int, float, Decimal)) and not isinstance(data__report__hiddenrequirementsgap, bool):
                        if data__report__hiddenrequirementsgap < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.hidden_requirements_gap must be bigger than or equal to 0")
                if "obstruction_ratio" in data__report_keys:
                    data__report_keys.remove("obstruction_ratio")
                    data__report__obstructionratio = data__report["obstruction_ratio"]
                    if not isinstance(data__report__obstructionratio, (int, float, Decimal)) or isinstance(data__report__obstructionratio, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.obstruction_ratio must be number")
                    if isinstance(data__report__obstructionratio, (int, float, Decimal)) and not isinstance(data__report__obstructionratio, bool):
                        if data__report__obstructionratio < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.obstruction_ratio must be bigger than or equal to 0")
                if "one_way_share" in data__report_keys:
                    data__report_keys.remove("one_way_share")
                    data__report__onewayshare = data__report["one_way_share"]
                    if not isinstance(data__report__onewayshare, (int, float, Decimal)) or isinstance(data__report__onewayshare, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.one_way_share must be number")
                    if isinstance(data__report__onewayshare, (int, float, Decimal)) and not isinstance(data__report__onewayshare, bool):
                        if data__report__onewayshare < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.one_way_share must be bigger than or equal to 0")
                if "one_way_pair_moves" in data__report_keys:
                    data__report_keys.remove("one_way_pair_moves")
                    data__report__onewaypairmoves = data__report["one_way_pair_moves"]
                    if not isinstance(data__report__onewaypairmoves, (int, float, Decimal)) or isinstance(data__report__onewaypairmoves, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.one_way_pair_moves must be number")
                    if isinstance(data__report__onewaypairmoves, (int, float, Decimal)) and not isinstance(data__report__onewaypairmoves, bool):
                        if data__report__onewaypairmoves < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.one_way_pair_moves must be bigger than or equal to 0")
                if data__report_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".report must not contain "+str(data__report_keys)+" properties")
        if "site" in data_keys:
            data_keys.remove("site")
            data__site = data["site"]
            if not isinstance(data__site, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".site must be object")
            data__site_is_dict = isinstance(data__site, dict)
            if data__site_is_dict:
                data__site_keys = set(data__site.keys())
                if "base_url" in data__site_keys:
                    data__site_keys.remove("base_url")
                    data__site__baseurl = data__site["base_url"]
                    if not isinstance(data__site__baseurl, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".site.base_url must be string")
                    if isinstance(data__site__baseurl, str):
                        if not REGEX_PATTERNS['^https?://[^\\s/?#]+(/[^\\s?#]*)?$'].search(data__site__baseurl):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".site.base_url must match pattern ^https?://[^\\s/?#]+(/[^\\s?#]*)?$")
                if data__site_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".site must not contain "+str(data__site_keys)+" properties")
        if "headcount" in data_keys:
            data_keys.remove("headcount")
            data__headcount = data["headcount"]
            if not isinstance(data__headcount, (int)) and not (isinstance(data__headcount, float) and data__headcount.is_integer()) or isinstance(data__headcount, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".headcount must be integer")
            if isinstance(data__headcount, (int, float, Decimal)) and not isinstance(data__headcount, bool):
                if data__headcount < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".headcount must be bigger than or equal to 0")
        if "limits" in data_keys:
            data_keys.remove("limits")
            data__limits = data["limits"]
            if not isinstance(data__limits, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".limits must be object")
            data__limits_is_dict = isinstance(data__limits, dict)
            if data__limits_is_dict:
                data__limits_keys = set(data__limits.keys())
                if "max_file_bytes" in data__limits_keys:
                    data__limits_keys.remove("max_file_bytes")
                    data__limits__maxfilebytes = data__limits["max_file_bytes"]
                    if not isinstance(data__limits__maxfilebytes, (int)) and not (isinstance(data__limits__maxfilebytes, float) and data__limits__maxfilebytes.is_integer()) or isinstance(data__limits__maxfilebytes, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".limits.max_file_bytes must be integer")
                    if isinstance(data__limits__maxfilebytes, (int, float, Decimal)) and not isinstance(data__limits__maxfilebytes, bool):
                        if data__limits__maxfilebytes < 1024:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".limits.max_file_bytes must be bigger than or equal to 1024")
                else: data__limits["max_file_bytes"] = 1048576
                if data__limits_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".limits must not contain "+str(data__limits_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

SCHEMA_DIGEST = "efba2cf7"
validate = validate_https___mobility_dev_schemas_program_schema_json
