"""Made by `python tools/compile_schemas.py` from schemas/cohort.schema.json: do not edit."""
# ruff: noqa
# mypy: ignore-errors
VERSION = "2.22.3"
Decimal = float  # mobility: YAML never gives a Decimal


class JsonSchemaValueException(ValueError):
    """The data is not valid: this module's own, so that using it never imports fastjsonschema."""

    def __init__(self, message, *args, **kwargs):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException


NoneType = type(None)

def validate_https___mobility_dev_schemas_cohort_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['mentees']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "mentees" in data_keys:
            data_keys.remove("mentees")
            data__mentees = data["mentees"]
            if not isinstance(data__mentees, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentees must be array")
            data__mentees_is_list = isinstance(data__mentees, (list, tuple))
            if data__mentees_is_list:
                data__mentees_len = len(data__mentees)
                if data__mentees_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentees must contain at least 1 items")
                for data__mentees_x, data__mentees_item in enumerate(data__mentees):
                    validate_https___mobility_dev_schemas_cohort_schema_json___defs_mentee(data__mentees_item, custom_formats, (name_prefix or "data") + ".mentees[{data__mentees_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___mobility_dev_schemas_cohort_schema_json___defs_mentee(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'current', 'target', 'timezone']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be longer than or equal to 1 characters")
                if data__id_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 100 characters")
        if "current" in data_keys:
            data_keys.remove("current")
            data__current = data["current"]
            if not isinstance(data__current, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".current must be string")
            if isinstance(data__current, str):
                data__current_len = len(data__current)
                if data__current_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".current must be longer than or equal to 1 characters")
                if data__current_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".current must be shorter than or equal to 200 characters")
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            if not isinstance(data__target, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be string")
            if isinstance(data__target, str):
                data__target_len = len(data__target)
                if data__target_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be longer than or equal to 1 characters")
                if data__target_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be shorter than or equal to 200 characters")
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be string")
            if isinstance(data__timezone, str):
                data__timezone_len = len(data__timezone)
                if data__timezone_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be longer than or equal to 1 characters")
                if data__timezone_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be shorter than or equal to 200 characters")
        if "working_hours" in data_keys:
            data_keys.remove("working_hours")
            data__workinghours = data["working_hours"]
            if not isinstance(data__workinghours, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".working_hours must be string")
        else: data["working_hours"] = '09:00-17:00'
        if "opt_in" in data_keys:
            data_keys.remove("opt_in")
            data__optin = data["opt_in"]
            if not isinstance(data__optin, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opt_in must be boolean")
        else: data["opt_in"] = True
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

SCHEMA_DIGEST = "3f492f3a"
validate = validate_https___mobility_dev_schemas_cohort_schema_json
