"""Made by `python tools/compile_schemas.py` from schemas/posting.schema.json: do not edit."""
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
    '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?\\Z'),
    '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$': re.compile('^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*\\Z'),
    '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$': re.compile('^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]\\Z'),
    'date_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)\\Z')
}

NoneType = type(None)

def validate_https___mobility_dev_schemas_posting_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['role']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be string")
            if isinstance(data__role, str):
                data__role_len = len(data__role)
                if data__role_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be longer than or equal to 1 characters")
                if data__role_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be shorter than or equal to 200 characters")
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be string")
            if isinstance(data__team, str):
                data__team_len = len(data__team)
                if data__team_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be longer than or equal to 1 characters")
                if data__team_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be shorter than or equal to 200 characters")
        if "track" in data_keys:
            data_keys.remove("track")
            data__track = data["track"]
            if not isinstance(data__track, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must be string")
            if isinstance(data__track, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__track):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be string")
            if isinstance(data__level, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$'].search(data__level):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$")
        if "location" in data_keys:
            data_keys.remove("location")
            data__location = data["location"]
            if not isinstance(data__location, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".location must be string")
            if isinstance(data__location, str):
                data__location_len = len(data__location)
                if data__location_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".location must be shorter than or equal to 200 characters")
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be object")
            data__timezone_is_dict = isinstance(data__timezone, dict)
            if data__timezone_is_dict:
                data__timezone__missing_keys = set(['with']) - data__timezone.keys()
                if data__timezone__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must contain ")
                data__timezone_keys = set(data__timezone.keys())
                if "with" in data__timezone_keys:
                    data__timezone_keys.remove("with")
                    data__timezone__with = data__timezone["with"]
                    if not isinstance(data__timezone__with, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.with must be string")
                    if isinstance(data__timezone__with, str):
                        data__timezone__with_len = len(data__timezone__with)
                        if data__timezone__with_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.with must be longer than or equal to 1 characters")
                        if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'].search(data__timezone__with):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.with must match pattern ^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")
                if "core_hours" in data__timezone_keys:
                    data__timezone_keys.remove("core_hours")
                    data__timezone__corehours = data__timezone["core_hours"]
                    if not isinstance(data__timezone__corehours, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.core_hours must be string")
                    if isinstance(data__timezone__corehours, str):
                        if not REGEX_PATTERNS['^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$'].search(data__timezone__corehours):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.core_hours must match pattern ^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$")
                if "overlap_hours" in data__timezone_keys:
                    data__timezone_keys.remove("overlap_hours")
                    data__timezone__overlaphours = data__timezone["overlap_hours"]
                    if not isinstance(data__timezone__overlaphours, (int, float, Decimal)) or isinstance(data__timezone__overlaphours, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.overlap_hours must be number")
                    if isinstance(data__timezone__overlaphours, (int, float, Decimal)) and not isinstance(data__timezone__overlaphours, bool):
                        if data__timezone__overlaphours < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.overlap_hours must be bigger than or equal to 0")
                        if data__timezone__overlaphours > 24:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.overlap_hours must be smaller than or equal to 24")
                if data__timezone_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must not contain "+str(data__timezone_keys)+" properties")
        if "work_style" in data_keys:
            data_keys.remove("work_style")
            data__workstyle = data["work_style"]
            if not isinstance(data__workstyle, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style must be object")
            data__workstyle_is_dict = isinstance(data__workstyle, dict)
            if data__workstyle_is_dict:
                data__workstyle_keys = set(data__workstyle.keys())
                if "async" in data__workstyle_keys:
                    data__workstyle_keys.remove("async")
                    data__workstyle__async = data__workstyle["async"]
                    if not isinstance(data__workstyle__async, (int)) and not (isinstance(data__workstyle__async, float) and data__workstyle__async.is_integer()) or isinstance(data__workstyle__async, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.async must be integer")
                    if isinstance(data__workstyle__async, (int, float, Decimal)) and not isinstance(data__workstyle__async, bool):
                        if data__workstyle__async < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.async must be bigger than or equal to 0")
                        if data__workstyle__async > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.async must be smaller than or equal to 100")
                if "sync" in data__workstyle_keys:
                    data__workstyle_keys.remove("sync")
                    data__workstyle__sync = data__workstyle["sync"]
                    if not isinstance(data__workstyle__sync, (int)) and not (isinstance(data__workstyle__sync, float) and data__workstyle__sync.is_integer()) or isinstance(data__workstyle__sync, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.sync must be integer")
                    if isinstance(data__workstyle__sync, (int, float, Decimal)) and not isinstance(data__workstyle__sync, bool):
                        if data__workstyle__sync < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.sync must be bigger than or equal to 0")
                        if data__workstyle__sync > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.sync must be smaller than or equal to 100")
                if data__workstyle_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style must not contain "+str(data__workstyle_keys)+" properties")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'draft' or isinstance(data__status, str) and data__status == 'open' or isinstance(data__status, str) and data__status == 'filled' or isinstance(data__status, str) and data__status == 'closed'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['draft', 'open', 'filled', 'closed']")
        if "opened" in data_keys:
            data_keys.remove("opened")
            data__opened = data["opened"]
            if not isinstance(data__opened, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opened must be string")
            if isinstance(data__opened, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__opened):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".opened must be date")
        if "internal_until" in data_keys:
            data_keys.remove("internal_until")
            data__internaluntil = data["internal_until"]
            if not isinstance(data__internaluntil, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".internal_until must be string")
            if isinstance(data__internaluntil, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__internaluntil):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".internal_until must be date")
        if "external_from" in data_keys:
            data_keys.remove("external_from")
            data__externalfrom = data["external_from"]
            if not isinstance(data__externalfrom, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_from must be string")
            if isinstance(data__externalfrom, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__externalfrom):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_from must be date")
        if "closes" in data_keys:
            data_keys.remove("closes")
            data__closes = data["closes"]
            if not isinstance(data__closes, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closes must be string")
            if isinstance(data__closes, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__closes):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".closes must be date")
        if "evaluation" in data_keys:
            data_keys.remove("evaluation")
            data__evaluation = data["evaluation"]
            if not isinstance(data__evaluation, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation must be array")
            data__evaluation_is_list = isinstance(data__evaluation, (list, tuple))
            if data__evaluation_is_list:
                data__evaluation_len = len(data__evaluation)
                for data__evaluation_x, data__evaluation_item in enumerate(data__evaluation):
                    if not isinstance(data__evaluation_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation[{data__evaluation_x}]".format(**locals()) + " must be string")
                    if isinstance(data__evaluation_item, str):
                        data__evaluation_item_len = len(data__evaluation_item)
                        if data__evaluation_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation[{data__evaluation_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
        if "applicants" in data_keys:
            data_keys.remove("applicants")
            data__applicants = data["applicants"]
            if not isinstance(data__applicants, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants must be object")
            data__applicants_is_dict = isinstance(data__applicants, dict)
            if data__applicants_is_dict:
                data__applicants_keys = set(data__applicants.keys())
                if "internal" in data__applicants_keys:
                    data__applicants_keys.remove("internal")
                    data__applicants__internal = data__applicants["internal"]
                    if not isinstance(data__applicants__internal, (int)) and not (isinstance(data__applicants__internal, float) and data__applicants__internal.is_integer()) or isinstance(data__applicants__internal, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.internal must be integer")
                    if isinstance(data__applicants__internal, (int, float, Decimal)) and not isinstance(data__applicants__internal, bool):
                        if data__applicants__internal < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.internal must be bigger than or equal to 0")
                if "external" in data__applicants_keys:
                    data__applicants_keys.remove("external")
                    data__applicants__external = data__applicants["external"]
                    if not isinstance(data__applicants__external, (int)) and not (isinstance(data__applicants__external, float) and data__applicants__external.is_integer()) or isinstance(data__applicants__external, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.external must be integer")
                    if isinstance(data__applicants__external, (int, float, Decimal)) and not isinstance(data__applicants__external, bool):
                        if data__applicants__external < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.external must be bigger than or equal to 0")
                if data__applicants_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants must not contain "+str(data__applicants_keys)+" properties")
        if "filled" in data_keys:
            data_keys.remove("filled")
            data__filled = data["filled"]
            if not isinstance(data__filled, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled must be object")
            data__filled_is_dict = isinstance(data__filled, dict)
            if data__filled_is_dict:
                data__filled__missing_keys = set(['source']) - data__filled.keys()
                if data__filled__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled must contain ")
                data__filled_keys = set(data__filled.keys())
                if "source" in data__filled_keys:
                    data__filled_keys.remove("source")
                    data__filled__source = data__filled["source"]
                    if not (isinstance(data__filled__source, str) and data__filled__source == 'internal' or isinstance(data__filled__source, str) and data__filled__source == 'external'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled.source must be one of ['internal', 'external']")
                if "date" in data__filled_keys:
                    data__filled_keys.remove("date")
                    data__filled__date = data__filled["date"]
                    if not isinstance(data__filled__date, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled.date must be string")
                    if isinstance(data__filled__date, str):
                        if not REGEX_PATTERNS["date_re_pattern"].match(data__filled__date):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled.date must be date")
                if data__filled_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled must not contain "+str(data__filled_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

SCHEMA_DIGEST = "07930fc5"
validate = validate_https___mobility_dev_schemas_posting_schema_json
