"""Made by `python -m mobility_cli.check.schema_code` from schemas/posting.schema.json: do not edit."""
# ruff: noqa
# mypy: ignore-errors
VERSION = "2.22.3"
from decimal import Decimal
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
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.dev/schemas/posting.schema.json', 'title': 'postings/*.md: internal job post front matter', 'type': 'object', 'required': ['role'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'role': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'team': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'track': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, 'location': {'type': 'string', 'maxLength': 200}, 'timezone': {'type': 'object', 'required': ['with'], 'additionalProperties': False, 'properties': {'with': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'core_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'overlap_hours': {'type': 'number', 'minimum': 0, 'maximum': 24}}}, 'work_style': {'type': 'object', 'additionalProperties': False, 'properties': {'async': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'sync': {'type': 'integer', 'minimum': 0, 'maximum': 100}}}, 'status': {'enum': ['draft', 'open', 'filled', 'closed']}, 'opened': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'internal_until': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'external_from': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'closes': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'evaluation': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'description': 'The criteria interviewers actually score.'}, 'applicants': {'type': 'object', 'additionalProperties': False, 'properties': {'internal': {'type': 'integer', 'minimum': 0}, 'external': {'type': 'integer', 'minimum': 0}}}, 'filled': {'type': 'object', 'required': ['source'], 'additionalProperties': False, 'properties': {'source': {'enum': ['internal', 'external']}, 'date': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['role']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.dev/schemas/posting.schema.json', 'title': 'postings/*.md: internal job post front matter', 'type': 'object', 'required': ['role'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'role': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'team': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'track': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, 'location': {'type': 'string', 'maxLength': 200}, 'timezone': {'type': 'object', 'required': ['with'], 'additionalProperties': False, 'properties': {'with': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'core_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'overlap_hours': {'type': 'number', 'minimum': 0, 'maximum': 24}}}, 'work_style': {'type': 'object', 'additionalProperties': False, 'properties': {'async': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'sync': {'type': 'integer', 'minimum': 0, 'maximum': 100}}}, 'status': {'enum': ['draft', 'open', 'filled', 'closed']}, 'opened': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'internal_until': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'external_from': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'closes': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'evaluation': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'description': 'The criteria interviewers actually score.'}, 'applicants': {'type': 'object', 'additionalProperties': False, 'properties': {'internal': {'type': 'integer', 'minimum': 0}, 'external': {'type': 'integer', 'minimum': 0}}}, 'filled': {'type': 'object', 'required': ['source'], 'additionalProperties': False, 'properties': {'source': {'enum': ['internal', 'external']}, 'date': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='pattern')
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be string", value=data__role, name="" + (name_prefix or "data") + ".role", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='type')
            if isinstance(data__role, str):
                data__role_len = len(data__role)
                if data__role_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be longer than or equal to 1 characters", value=data__role, name="" + (name_prefix or "data") + ".role", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='minLength')
                if data__role_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be shorter than or equal to 200 characters", value=data__role, name="" + (name_prefix or "data") + ".role", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='maxLength')
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be string", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='type')
            if isinstance(data__team, str):
                data__team_len = len(data__team)
                if data__team_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be longer than or equal to 1 characters", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='minLength')
                if data__team_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be shorter than or equal to 200 characters", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='maxLength')
        if "track" in data_keys:
            data_keys.remove("track")
            data__track = data["track"]
            if not isinstance(data__track, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must be string", value=data__track, name="" + (name_prefix or "data") + ".track", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='type')
            if isinstance(data__track, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__track):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$", value=data__track, name="" + (name_prefix or "data") + ".track", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='pattern')
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be string", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, rule='type')
            if isinstance(data__level, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$'].search(data__level):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, rule='pattern')
        if "location" in data_keys:
            data_keys.remove("location")
            data__location = data["location"]
            if not isinstance(data__location, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".location must be string", value=data__location, name="" + (name_prefix or "data") + ".location", definition={'type': 'string', 'maxLength': 200}, rule='type')
            if isinstance(data__location, str):
                data__location_len = len(data__location)
                if data__location_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".location must be shorter than or equal to 200 characters", value=data__location, name="" + (name_prefix or "data") + ".location", definition={'type': 'string', 'maxLength': 200}, rule='maxLength')
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be object", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'object', 'required': ['with'], 'additionalProperties': False, 'properties': {'with': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'core_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'overlap_hours': {'type': 'number', 'minimum': 0, 'maximum': 24}}}, rule='type')
            data__timezone_is_dict = isinstance(data__timezone, dict)
            if data__timezone_is_dict:
                data__timezone__missing_keys = set(['with']) - data__timezone.keys()
                if data__timezone__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must contain " + (str(sorted(data__timezone__missing_keys)) + " properties"), value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'object', 'required': ['with'], 'additionalProperties': False, 'properties': {'with': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'core_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'overlap_hours': {'type': 'number', 'minimum': 0, 'maximum': 24}}}, rule='required')
                data__timezone_keys = set(data__timezone.keys())
                if "with" in data__timezone_keys:
                    data__timezone_keys.remove("with")
                    data__timezone__with = data__timezone["with"]
                    if not isinstance(data__timezone__with, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.with must be string", value=data__timezone__with, name="" + (name_prefix or "data") + ".timezone.with", definition={'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, rule='type')
                    if isinstance(data__timezone__with, str):
                        data__timezone__with_len = len(data__timezone__with)
                        if data__timezone__with_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.with must be longer than or equal to 1 characters", value=data__timezone__with, name="" + (name_prefix or "data") + ".timezone.with", definition={'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, rule='minLength')
                        if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'].search(data__timezone__with):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.with must match pattern ^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", value=data__timezone__with, name="" + (name_prefix or "data") + ".timezone.with", definition={'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, rule='pattern')
                if "core_hours" in data__timezone_keys:
                    data__timezone_keys.remove("core_hours")
                    data__timezone__corehours = data__timezone["core_hours"]
                    if not isinstance(data__timezone__corehours, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.core_hours must be string", value=data__timezone__corehours, name="" + (name_prefix or "data") + ".timezone.core_hours", definition={'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, rule='type')
                    if isinstance(data__timezone__corehours, str):
                        if not REGEX_PATTERNS['^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$'].search(data__timezone__corehours):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.core_hours must match pattern ^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$", value=data__timezone__corehours, name="" + (name_prefix or "data") + ".timezone.core_hours", definition={'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, rule='pattern')
                if "overlap_hours" in data__timezone_keys:
                    data__timezone_keys.remove("overlap_hours")
                    data__timezone__overlaphours = data__timezone["overlap_hours"]
                    if not isinstance(data__timezone__overlaphours, (int, float, Decimal)) or isinstance(data__timezone__overlaphours, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.overlap_hours must be number", value=data__timezone__overlaphours, name="" + (name_prefix or "data") + ".timezone.overlap_hours", definition={'type': 'number', 'minimum': 0, 'maximum': 24}, rule='type')
                    if isinstance(data__timezone__overlaphours, (int, float, Decimal)) and not isinstance(data__timezone__overlaphours, bool):
                        if data__timezone__overlaphours < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.overlap_hours must be bigger than or equal to 0", value=data__timezone__overlaphours, name="" + (name_prefix or "data") + ".timezone.overlap_hours", definition={'type': 'number', 'minimum': 0, 'maximum': 24}, rule='minimum')
                        if data__timezone__overlaphours > 24:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone.overlap_hours must be smaller than or equal to 24", value=data__timezone__overlaphours, name="" + (name_prefix or "data") + ".timezone.overlap_hours", definition={'type': 'number', 'minimum': 0, 'maximum': 24}, rule='maximum')
                if data__timezone_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must not contain "+str(data__timezone_keys)+" properties", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'object', 'required': ['with'], 'additionalProperties': False, 'properties': {'with': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'core_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'overlap_hours': {'type': 'number', 'minimum': 0, 'maximum': 24}}}, rule='additionalProperties')
        if "work_style" in data_keys:
            data_keys.remove("work_style")
            data__workstyle = data["work_style"]
            if not isinstance(data__workstyle, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style must be object", value=data__workstyle, name="" + (name_prefix or "data") + ".work_style", definition={'type': 'object', 'additionalProperties': False, 'properties': {'async': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'sync': {'type': 'integer', 'minimum': 0, 'maximum': 100}}}, rule='type')
            data__workstyle_is_dict = isinstance(data__workstyle, dict)
            if data__workstyle_is_dict:
                data__workstyle_keys = set(data__workstyle.keys())
                if "async" in data__workstyle_keys:
                    data__workstyle_keys.remove("async")
                    data__workstyle__async = data__workstyle["async"]
                    if not isinstance(data__workstyle__async, (int)) and not (isinstance(data__workstyle__async, float) and data__workstyle__async.is_integer()) or isinstance(data__workstyle__async, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.async must be integer", value=data__workstyle__async, name="" + (name_prefix or "data") + ".work_style.async", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='type')
                    if isinstance(data__workstyle__async, (int, float, Decimal)) and not isinstance(data__workstyle__async, bool):
                        if data__workstyle__async < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.async must be bigger than or equal to 0", value=data__workstyle__async, name="" + (name_prefix or "data") + ".work_style.async", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='minimum')
                        if data__workstyle__async > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.async must be smaller than or equal to 100", value=data__workstyle__async, name="" + (name_prefix or "data") + ".work_style.async", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='maximum')
                if "sync" in data__workstyle_keys:
                    data__workstyle_keys.remove("sync")
                    data__workstyle__sync = data__workstyle["sync"]
                    if not isinstance(data__workstyle__sync, (int)) and not (isinstance(data__workstyle__sync, float) and data__workstyle__sync.is_integer()) or isinstance(data__workstyle__sync, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.sync must be integer", value=data__workstyle__sync, name="" + (name_prefix or "data") + ".work_style.sync", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='type')
                    if isinstance(data__workstyle__sync, (int, float, Decimal)) and not isinstance(data__workstyle__sync, bool):
                        if data__workstyle__sync < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.sync must be bigger than or equal to 0", value=data__workstyle__sync, name="" + (name_prefix or "data") + ".work_style.sync", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='minimum')
                        if data__workstyle__sync > 100:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style.sync must be smaller than or equal to 100", value=data__workstyle__sync, name="" + (name_prefix or "data") + ".work_style.sync", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='maximum')
                if data__workstyle_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".work_style must not contain "+str(data__workstyle_keys)+" properties", value=data__workstyle, name="" + (name_prefix or "data") + ".work_style", definition={'type': 'object', 'additionalProperties': False, 'properties': {'async': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'sync': {'type': 'integer', 'minimum': 0, 'maximum': 100}}}, rule='additionalProperties')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'draft' or isinstance(data__status, str) and data__status == 'open' or isinstance(data__status, str) and data__status == 'filled' or isinstance(data__status, str) and data__status == 'closed'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['draft', 'open', 'filled', 'closed']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['draft', 'open', 'filled', 'closed']}, rule='enum')
        if "opened" in data_keys:
            data_keys.remove("opened")
            data__opened = data["opened"]
            if not isinstance(data__opened, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opened must be string", value=data__opened, name="" + (name_prefix or "data") + ".opened", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='type')
            if isinstance(data__opened, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__opened):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".opened must be date", value=data__opened, name="" + (name_prefix or "data") + ".opened", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='format')
        if "internal_until" in data_keys:
            data_keys.remove("internal_until")
            data__internaluntil = data["internal_until"]
            if not isinstance(data__internaluntil, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".internal_until must be string", value=data__internaluntil, name="" + (name_prefix or "data") + ".internal_until", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='type')
            if isinstance(data__internaluntil, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__internaluntil):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".internal_until must be date", value=data__internaluntil, name="" + (name_prefix or "data") + ".internal_until", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='format')
        if "external_from" in data_keys:
            data_keys.remove("external_from")
            data__externalfrom = data["external_from"]
            if not isinstance(data__externalfrom, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_from must be string", value=data__externalfrom, name="" + (name_prefix or "data") + ".external_from", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='type')
            if isinstance(data__externalfrom, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__externalfrom):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_from must be date", value=data__externalfrom, name="" + (name_prefix or "data") + ".external_from", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='format')
        if "closes" in data_keys:
            data_keys.remove("closes")
            data__closes = data["closes"]
            if not isinstance(data__closes, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closes must be string", value=data__closes, name="" + (name_prefix or "data") + ".closes", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='type')
            if isinstance(data__closes, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__closes):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".closes must be date", value=data__closes, name="" + (name_prefix or "data") + ".closes", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='format')
        if "evaluation" in data_keys:
            data_keys.remove("evaluation")
            data__evaluation = data["evaluation"]
            if not isinstance(data__evaluation, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation must be array", value=data__evaluation, name="" + (name_prefix or "data") + ".evaluation", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'description': 'The criteria interviewers actually score.'}, rule='type')
            data__evaluation_is_list = isinstance(data__evaluation, (list, tuple))
            if data__evaluation_is_list:
                data__evaluation_len = len(data__evaluation)
                for data__evaluation_x, data__evaluation_item in enumerate(data__evaluation):
                    if not isinstance(data__evaluation_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation[{data__evaluation_x}]".format(**locals()) + " must be string", value=data__evaluation_item, name="" + (name_prefix or "data") + ".evaluation[{data__evaluation_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__evaluation_item, str):
                        data__evaluation_item_len = len(data__evaluation_item)
                        if data__evaluation_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation[{data__evaluation_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__evaluation_item, name="" + (name_prefix or "data") + ".evaluation[{data__evaluation_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "applicants" in data_keys:
            data_keys.remove("applicants")
            data__applicants = data["applicants"]
            if not isinstance(data__applicants, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants must be object", value=data__applicants, name="" + (name_prefix or "data") + ".applicants", definition={'type': 'object', 'additionalProperties': False, 'properties': {'internal': {'type': 'integer', 'minimum': 0}, 'external': {'type': 'integer', 'minimum': 0}}}, rule='type')
            data__applicants_is_dict = isinstance(data__applicants, dict)
            if data__applicants_is_dict:
                data__applicants_keys = set(data__applicants.keys())
                if "internal" in data__applicants_keys:
                    data__applicants_keys.remove("internal")
                    data__applicants__internal = data__applicants["internal"]
                    if not isinstance(data__applicants__internal, (int)) and not (isinstance(data__applicants__internal, float) and data__applicants__internal.is_integer()) or isinstance(data__applicants__internal, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.internal must be integer", value=data__applicants__internal, name="" + (name_prefix or "data") + ".applicants.internal", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__applicants__internal, (int, float, Decimal)) and not isinstance(data__applicants__internal, bool):
                        if data__applicants__internal < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.internal must be bigger than or equal to 0", value=data__applicants__internal, name="" + (name_prefix or "data") + ".applicants.internal", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if "external" in data__applicants_keys:
                    data__applicants_keys.remove("external")
                    data__applicants__external = data__applicants["external"]
                    if not isinstance(data__applicants__external, (int)) and not (isinstance(data__applicants__external, float) and data__applicants__external.is_integer()) or isinstance(data__applicants__external, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.external must be integer", value=data__applicants__external, name="" + (name_prefix or "data") + ".applicants.external", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__applicants__external, (int, float, Decimal)) and not isinstance(data__applicants__external, bool):
                        if data__applicants__external < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants.external must be bigger than or equal to 0", value=data__applicants__external, name="" + (name_prefix or "data") + ".applicants.external", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if data__applicants_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants must not contain "+str(data__applicants_keys)+" properties", value=data__applicants, name="" + (name_prefix or "data") + ".applicants", definition={'type': 'object', 'additionalProperties': False, 'properties': {'internal': {'type': 'integer', 'minimum': 0}, 'external': {'type': 'integer', 'minimum': 0}}}, rule='additionalProperties')
        if "filled" in data_keys:
            data_keys.remove("filled")
            data__filled = data["filled"]
            if not isinstance(data__filled, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled must be object", value=data__filled, name="" + (name_prefix or "data") + ".filled", definition={'type': 'object', 'required': ['source'], 'additionalProperties': False, 'properties': {'source': {'enum': ['internal', 'external']}, 'date': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}}}, rule='type')
            data__filled_is_dict = isinstance(data__filled, dict)
            if data__filled_is_dict:
                data__filled__missing_keys = set(['source']) - data__filled.keys()
                if data__filled__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled must contain " + (str(sorted(data__filled__missing_keys)) + " properties"), value=data__filled, name="" + (name_prefix or "data") + ".filled", definition={'type': 'object', 'required': ['source'], 'additionalProperties': False, 'properties': {'source': {'enum': ['internal', 'external']}, 'date': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}}}, rule='required')
                data__filled_keys = set(data__filled.keys())
                if "source" in data__filled_keys:
                    data__filled_keys.remove("source")
                    data__filled__source = data__filled["source"]
                    if not (isinstance(data__filled__source, str) and data__filled__source == 'internal' or isinstance(data__filled__source, str) and data__filled__source == 'external'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled.source must be one of ['internal', 'external']", value=data__filled__source, name="" + (name_prefix or "data") + ".filled.source", definition={'enum': ['internal', 'external']}, rule='enum')
                if "date" in data__filled_keys:
                    data__filled_keys.remove("date")
                    data__filled__date = data__filled["date"]
                    if not isinstance(data__filled__date, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled.date must be string", value=data__filled__date, name="" + (name_prefix or "data") + ".filled.date", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='type')
                    if isinstance(data__filled__date, str):
                        if not REGEX_PATTERNS["date_re_pattern"].match(data__filled__date):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled.date must be date", value=data__filled__date, name="" + (name_prefix or "data") + ".filled.date", definition={'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, rule='format')
                if data__filled_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".filled must not contain "+str(data__filled_keys)+" properties", value=data__filled, name="" + (name_prefix or "data") + ".filled", definition={'type': 'object', 'required': ['source'], 'additionalProperties': False, 'properties': {'source': {'enum': ['internal', 'external']}, 'date': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}}}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.dev/schemas/posting.schema.json', 'title': 'postings/*.md: internal job post front matter', 'type': 'object', 'required': ['role'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'role': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'team': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'track': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, 'location': {'type': 'string', 'maxLength': 200}, 'timezone': {'type': 'object', 'required': ['with'], 'additionalProperties': False, 'properties': {'with': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'core_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'overlap_hours': {'type': 'number', 'minimum': 0, 'maximum': 24}}}, 'work_style': {'type': 'object', 'additionalProperties': False, 'properties': {'async': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'sync': {'type': 'integer', 'minimum': 0, 'maximum': 100}}}, 'status': {'enum': ['draft', 'open', 'filled', 'closed']}, 'opened': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'internal_until': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'external_from': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'closes': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}, 'evaluation': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}, 'description': 'The criteria interviewers actually score.'}, 'applicants': {'type': 'object', 'additionalProperties': False, 'properties': {'internal': {'type': 'integer', 'minimum': 0}, 'external': {'type': 'integer', 'minimum': 0}}}, 'filled': {'type': 'object', 'required': ['source'], 'additionalProperties': False, 'properties': {'source': {'enum': ['internal', 'external']}, 'date': {'type': 'string', 'format': 'date', 'x-hint': 'write the date as YYYY-MM-DD'}}}}}, rule='additionalProperties')
    return data

SCHEMA_DIGEST = "89f94a567167b5ca03d8ef41cef43c7e"
validate = validate_https___mobility_dev_schemas_posting_schema_json
